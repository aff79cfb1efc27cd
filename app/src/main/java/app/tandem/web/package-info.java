/** The web layer every module's pages and API share: layout, error pages and problems, forms, the coach's notes. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"coach", "kernel"})
package app.tandem.web;
