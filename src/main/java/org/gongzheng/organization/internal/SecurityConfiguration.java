package org.gongzheng.organization.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

import org.gongzheng.shared.web.FilterProblems;

/**
 * Two ways in with the same accounts: pages use a form login and a session; the API under
 * {@code /api/**} uses HTTP Basic on every request, keeps no session and needs no CSRF token.
 * Both pause an account's sign-ins from an address after repeated wrong passwords ({@link SignInLimit}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/** Web security exists only when there is a web server (not for the verify-audit command). */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication
	static class FilterChains {

		@Bean
		@Order(1)
		SecurityFilterChain apiSecurity(HttpSecurity http, FilterProblems problems, SignInLimit limit,
				ApplicationEventPublisher events, ApiTokens tokens) throws Exception {
			AuthenticationEntryPoint signInFirst = (request, response, ex) -> {
				response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"gongzheng\"");
				problems.write(request, response, HttpStatus.UNAUTHORIZED, "error.signIn");
			};
			http.securityMatcher("/api/**")
				.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
				.httpBasic(basic -> basic.authenticationEntryPoint(signInFirst))
				.addFilterBefore(new ApiTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
				.addFilterBefore(SignInLimitFilter.basic(limit, problems, events),
						BasicAuthenticationFilter.class)
				.addFilterAfter(PasswordChangeRequiredFilter.api(problems), AnonymousAuthenticationFilter.class)
				.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.csrf(csrf -> csrf.disable())
				.exceptionHandling(errors -> errors.authenticationEntryPoint(signInFirst)
					.accessDeniedHandler((request, response, ex) -> problems.write(request, response, HttpStatus.FORBIDDEN,
							"error.forbidden")));
			return http.build();
		}

		@Bean
		@Order(2)
		SecurityFilterChain pageSecurity(HttpSecurity http, FilterProblems problems, SignInLimit limit,
				ApplicationEventPublisher events, SessionOfficers officers)
				throws Exception {
			// After signing in, the officer lands on the page they asked for, its address as it was
			// (without the "?continue" marker Spring Security would add). A part of a page that
			// htmx fetched is not a page to land on.
			HttpSessionRequestCache askedFor = new HttpSessionRequestCache();
			askedFor.setMatchingRequestParameterName(null);
			askedFor.setRequestMatcher(request -> HttpMethod.GET.matches(request.getMethod())
					&& request.getHeader("HX-Request") == null);
			http.requestCache(cache -> cache.requestCache(askedFor))
				.authorizeHttpRequests(requests -> requests
					.requestMatchers(PUBLIC_PATHS).permitAll()
					.requestMatchers("/admin/**").hasRole("ADMIN")
					.requestMatchers("/audit/**").hasAnyRole("LEGAL", "ADMIN")
					.anyRequest().authenticated())
				.formLogin(form -> form.loginPage(SignInAgain.LOGIN).defaultSuccessUrl("/", false)
					.failureHandler(new SignInFailed()).permitAll())
				.addFilterBefore(SignInLimitFilter.form(limit, problems, events),
						UsernamePasswordAuthenticationFilter.class)
				.addFilterBefore(new SessionRefresh(officers), AnonymousAuthenticationFilter.class)
				.addFilterAfter(PasswordChangeRequiredFilter.pages(), AnonymousAuthenticationFilter.class)
				.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
				.exceptionHandling(errors -> errors.authenticationEntryPoint(new SignInAgain())
					.accessDeniedHandler(new ExpiredForms()))
				// The material page shows a PDF in a frame of its own; DENY would leave it blank. Case
				// addresses go to no other site as a referrer; this site's own pages still get them.
				.headers(headers -> headers.frameOptions(frames -> frames.sameOrigin())
					.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
					.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
			return http.build();
		}
	}


	/**
	 * Scripts only from this site's own files, so that text someone managed to get into a page can
	 * never run as script. Inline styles stay allowed: the pages and their libraries set some.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'self'";

	private static final String[] PUBLIC_PATHS = { "/login", "/error", "/error/**", "/webjars/**", "/css/**", "/js/**",
			"/images/**", "/favicon.ico", "/favicon-*.ico", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
			"/actuator/health", "/actuator/health/**" };

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}
}
