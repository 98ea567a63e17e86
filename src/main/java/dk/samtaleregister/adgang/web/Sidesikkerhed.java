package dk.samtaleregister.adgang.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The pages for people: signed in by a session cookie (HttpOnly, SameSite=Lax, Secure behind TLS; see
 * application.properties), every form protected by a CSRF token, and a Content-Security-Policy that lets the browser
 * run only the service's own script and style files, never an inline one. Checked before the API's chain, which
 * takes everything else and knows no session. Who signs in where depends on the mode: demo mode's own page
 * ({@link LogIndSide}), or the identity provider ({@link Udbyderlogin}), when it and the pages' client are configured.
 */
@Configuration(proxyBeanMethods = false)
class Sidesikkerhed {

    /** What the pages answer; the API, health and the OpenAPI document stay with the bearer-token chain. */
    static final String[] SIDER = {"/", "/log-ind", "/log-ind/svar", "/log-ud", "/borger", "/borger/**", "/dashboard/**", "/vendor/**",
            "/sider/**", "/favicon.ico"};

    static final String LOG_IND = "/log-ind";

    /** Only the service's own files; no inline script or style, no eval, no plug-ins, no framing, forms only to itself. */
    static final String CSP = csp("'self'");

    /** The same, with forms allowed to lead where {@code formularmaal} says (with a provider: there too; see {@link Udbyderlogin}). */
    static String csp(String formularmaal) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action " + formularmaal;
    }

    @Bean
    @Order(1)
    SecurityFilterChain sider(HttpSecurity http, ObjectProvider<Udbyderlogin> udbyder) throws Exception {
        Udbyderlogin login = udbyder.getIfAvailable();
        String csp = login == null ? CSP : csp("'self' " + login.formularmaal());
        http
                .securityMatcher(SIDER)
                .authorizeHttpRequests(adgang -> adgang
                        .requestMatchers("/vendor/**", "/sider/**", "/favicon.ico", LOG_IND).permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(fejl -> fejl.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(LOG_IND)))
                .headers(hoveder -> hoveder
                        .contentSecurityPolicy(politik -> politik.policyDirectives(csp))
                        .referrerPolicy(henviser -> henviser.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .sessionManagement(session -> session.sessionFixation(fiksering -> fiksering.changeSessionId()))
                .logout(ud -> ud.logoutUrl("/log-ud").logoutSuccessUrl(LOG_IND + "?logget-ud").deleteCookies("SAMTALEREGISTER"))
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable);
        if (login != null) {
            // Adds the provider's sign-in, and its own end to the sign-out, to what is set above.
            login.anvend(http);
        }
        return http.build();
    }
}
