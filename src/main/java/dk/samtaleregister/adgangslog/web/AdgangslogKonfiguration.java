package dk.samtaleregister.adgangslog.web;

import dk.samtaleregister.adgangslog.application.Adgangslog;
import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The order of the request's way in: correlation id first; then Spring Security (order -100) says who calls; then
 * the audit filter; then the Idempotency-Key filter (lowest order), whose transaction holds the write.
 */
@Configuration(proxyBeanMethods = false)
class AdgangslogKonfiguration implements WebMvcConfigurer {

    static final int ADGANGSLOG_ORDEN = 0;

    @Bean
    FilterRegistrationBean<Korrelation> korrelationsfilter() {
        FilterRegistrationBean<Korrelation> registrering = new FilterRegistrationBean<>(new Korrelation());
        registrering.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registrering;
    }

    @Bean
    FilterRegistrationBean<AdgangslogFilter> adgangslogfilter(Adgangslog adgangslog,
                                                              @Qualifier("handlerExceptionResolver") HandlerExceptionResolver fejlsvar) {
        FilterRegistrationBean<AdgangslogFilter> registrering = new FilterRegistrationBean<>(new AdgangslogFilter(adgangslog, fejlsvar));
        registrering.addUrlPatterns("/api/v1/*", "/borger/*", "/dashboard/*");
        registrering.setOrder(ADGANGSLOG_ORDEN);
        return registrering;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new KaldOpslag());
    }
}
