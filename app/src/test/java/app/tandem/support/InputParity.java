package app.tandem.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.Map;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Runs one bad input through an action's page (a form post in a signed-in session) and its API
 * (a JSON body with a token), and checks both refuse it with 400 and the same field errors.
 */
public final class InputParity {

    private final MockMvc mvc;
    private final TestApi api;

    public InputParity(MockMvc mvc, TestApi api) {
        this.mvc = mvc;
        this.api = api;
    }

    /** {@code method} is the API's: "POST", "PUT" or "DELETE"; a null session posts the page signed out. */
    public void assertSameErrors(Cookie session, String token, String page, String method, String apiPath,
            Map<String, String> form, Map<String, ?> json) throws Exception {
        MockHttpServletRequestBuilder request = post(page).with(csrf());
        if (session != null) {
            request.cookie(session);
        }
        form.forEach(request::param);
        MockHttpServletResponse onPage = mvc.perform(request).andReturn().getResponse();
        TestApi.Response viaApi = switch (method) {
            case "DELETE" -> api.delete(apiPath, token, json);
            case "PUT" -> api.put(apiPath, token, json);
            default -> api.post(apiPath, token, json);
        };

        assertThat(onPage.getStatus()).as("page %s with %s", page, form).isEqualTo(400);
        assertThat(viaApi.status()).as("API %s with %s", apiPath, json).isEqualTo(400);
        assertThat(FieldErrorsOf.page(onPage.getContentAsString())).as("errors for %s", form).isNotEmpty()
                .isEqualTo(FieldErrorsOf.problem(viaApi.body()));
    }

    public void assertSameErrors(Cookie session, String token, String page, String apiPath, Map<String, String> input)
            throws Exception {
        assertSameErrors(session, token, page, "POST", apiPath, input, input);
    }
}
