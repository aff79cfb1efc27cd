package app.tandem.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What /v3/api-docs says about the API as a whole: its name, and how a client signs in. */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    @Bean
    OpenAPI tandemApi() {
        return new OpenAPI()
                .info(new Info().title("Tandem API").version("v1").license(new License().name("Self-hosted"))
                        .description("Everything a partner does in Tandem's pages, as JSON. Create an account with "
                                + "POST /api/v1/partners, get a token with POST /api/v1/tokens, then send it as "
                                + "'Authorization: Bearer <token>'. Errors are RFC 9457 problem details; another "
                                + "couple's things are 404, an action out of turn is 409."))
                .components(new Components().addSecuritySchemes("token",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
