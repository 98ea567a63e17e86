package dk.samtaleregister.adgangslog.web;

import dk.samtaleregister.adgang.application.Kald;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Hands a controller method the {@link Kald} of its request, made by {@link AdgangslogFilter}. */
class KaldOpslag implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Kald.class;
    }

    @Override
    public Kald resolveArgument(MethodParameter parameter, ModelAndViewContainer model, NativeWebRequest anmodning,
                                WebDataBinderFactory binder) {
        Object kald = anmodning.getAttribute(AdgangslogFilter.KALD, RequestAttributes.SCOPE_REQUEST);
        if (kald == null) {
            // Only a path the audit filter leaves alone (reference data, the demo token) could get here; none takes a Kald.
            throw new IllegalStateException("No authenticated call on " + parameter.getExecutable());
        }
        return (Kald) kald;
    }
}
