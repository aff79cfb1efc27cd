package app.tandem.web;

import app.tandem.kernel.ConflictException;
import app.tandem.kernel.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** Errors on server-rendered pages: a page that says what happened and where to go next. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class WebErrors {

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView notFound(HttpServletRequest request, HttpServletResponse response, Authentication auth) {
        return page(request, response, auth, 404, Text.current().t("error.notYours"));
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException e, HttpServletRequest request, HttpServletResponse response,
            Authentication auth) {
        return page(request, response, auth, 409, e.getMessage());
    }

    static ModelAndView page(HttpServletRequest request, HttpServletResponse response, Authentication auth,
            int status, String message) {
        response.setStatus(status);
        ModelAndView view = new ModelAndView("error");
        view.addObject("page", Pages.of(request, auth));
        view.addObject("status", status);
        view.addObject("message", message);
        return view;
    }
}
