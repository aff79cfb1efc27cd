-- The language a partner reads Tandem in: a BCP 47 tag ("en", "de"), from their browser at
-- sign-up and changeable on the account page. Null: follow the browser's Accept-Language.
alter table partner add column language text;
