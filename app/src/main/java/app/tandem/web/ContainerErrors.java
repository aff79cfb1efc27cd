package app.tandem.web;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Tomcat answers some requests itself, before any filter or servlet: a path with {@code %00}
 * or an encoded {@code /} ({@code %2e%2e%2f}) is refused with 400 while it is parsed. Its own
 * report is an HTML page naming the server; this valve writes Tandem's answer instead: a
 * problem detail under {@code /api}, a plain page elsewhere.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrors {

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> tandemErrorReports() {
        // Runs after Spring Boot's own customizer, which adds a plain ErrorReportValve: replace it.
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof org.apache.catalina.core.StandardHost host) {
                var pipeline = host.getPipeline();
                for (var valve : pipeline.getValves()) {
                    if (valve instanceof ErrorReportValve && !(valve instanceof Report)) {
                        pipeline.removeValve(valve);
                    }
                }
                host.setErrorReportValveClass(Report.class.getName());
                pipeline.addValve(new Report());
            }
        });
    }

    /** Tandem's words for the errors Tomcat answers on its own. */
    public static class Report extends ErrorReportValve {

        public Report() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            String uri = request.getCoyoteRequest().requestURI().toString();
            String detail = status == 400
                    ? "The address is not valid (it contains an encoded control character, \"/\" or \"..\")."
                    : ErrorPages.messageFor(status);
            try {
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer == null) {
                    return;
                }
                if (ErrorPages.isApi(uri, "")) {
                    response.setContentType("application/problem+json");
                    writer.write(ErrorPages.problemJson(status, reason(status), detail));
                } else {
                    response.setContentType("text/html");
                    writer.write("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Tandem</title>"
                            + "</head><body><h1>Something is off</h1><p>" + detail
                            + "</p><p><a href=\"/\">Back to our bubble</a></p></body></html>");
                }
                response.finishResponse();
            } catch (IOException | IllegalStateException e) {
                // the client has gone; nothing more to say
            }
        }

        private static String reason(int status) {
            var known = org.springframework.http.HttpStatus.resolve(status);
            return known == null ? "Error" : known.getReasonPhrase();
        }
    }
}
