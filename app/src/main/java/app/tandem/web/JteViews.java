package app.tandem.web;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteView;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.view.AbstractUrlBasedView;

/**
 * Pages are rendered into UTF-8 bytes, with the templates' static parts encoded once at build
 * time (the jte plugin's binary static content), and sent in one write with their length. The
 * starter's view writes through a character writer that encodes every piece as it goes: on
 * home, a fifth of the page's CPU. A template that fails half-way also leaves nothing written,
 * so the error page is whole.
 */
@Configuration(proxyBeanMethods = false)
class JteViews {

    @Bean
    JteViewResolver jteViewResolver(TemplateEngine templates, JteProperties properties) {
        return new JteViewResolver(templates, properties) {
            @Override
            protected AbstractUrlBasedView instantiateView() {
                return new Utf8View(templates);
            }
        };
    }

    static final class Utf8View extends JteView {

        private final TemplateEngine templates;

        Utf8View(TemplateEngine templates) {
            super(templates);
            this.templates = templates;
        }

        @Override
        protected void renderMergedTemplateModel(Map<String, Object> model, HttpServletRequest request,
                HttpServletResponse response) throws IOException {
            Utf8ByteOutput page = new Utf8ByteOutput();
            templates.render(getUrl(), model, page);
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            // One write: every write passes a stack of response wrappers (security, session) that
            // each check the content length, and a page is hundreds of small pieces.
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(page.getContentLength());
            page.writeTo(bytes);
            response.setContentLength(bytes.size());
            bytes.writeTo(response.getOutputStream());
        }
    }
}
