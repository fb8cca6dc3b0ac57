package org.gongzheng.organization.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks a controller method's {@code @PreAuthorize} role rule before its arguments are read.
 * Method security alone runs after the body has been bound and validated, so someone without the
 * role who sent an invalid body was told to fix fields of an action they may not take at all; now
 * they get 403 first. Method security stays the guard; this only answers earlier. Every such rule
 * here names roles only, so it needs none of the method's arguments.
 */
@Configuration(proxyBeanMethods = false)
class RoleCheckBeforeBinding implements WebMvcConfigurer {

	private final PreAuthorizeAuthorizationManager rules = new PreAuthorizeAuthorizationManager();

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				if (handler instanceof HandlerMethod method && (method.hasMethodAnnotation(PreAuthorize.class)
						|| AnnotatedElementUtils.hasAnnotation(method.getBeanType(), PreAuthorize.class))) {
					AuthorizationResult result = rules.authorize(
							() -> SecurityContextHolder.getContext().getAuthentication(),
							new SimpleMethodInvocation(method.getBean(), method.getMethod(),
									new Object[method.getMethod().getParameterCount()]));
					if (result != null && !result.isGranted()) {
						throw new AccessDeniedException("Access Denied");
					}
				}
				return true;
			}
		});
	}
}
