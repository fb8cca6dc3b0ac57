package org.gongzheng.shared.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Pages speak Simplified Chinese unless the user switches with {@code ?lang=en} (kept in a cookie):
 * browsers send Accept-Language on their own, and officers should not get English because of how
 * a workstation was installed. API clients choose their language explicitly with Accept-Language.
 */
@Configuration(proxyBeanMethods = false)
public class LocaleConfiguration implements WebMvcConfigurer {

	private static final List<Locale> SPOKEN = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("GONGZHENG_LANG");
		resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
		resolver.setDefaultLocaleFunction(request -> ApiCalls.isApiCall(request)
				? spokenOf(acceptLanguage(request)) : Locale.SIMPLIFIED_CHINESE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	/**
	 * The header as sent, or none when the security firewall refuses it: a client that writes
	 * "中文" into it as UTF-8 sends bytes that read as control characters. Refusing there would
	 * refuse the error answer too, which reads the same header, and leave an empty 400.
	 */
	private static String acceptLanguage(HttpServletRequest request) {
		try {
			return request.getHeader("Accept-Language");
		}
		catch (RequestRejectedException unreadable) {
			return null;
		}
	}

	/**
	 * The language an API caller asked for among those the product speaks: "fr, en;q=0.5" is
	 * English. Chinese when the header names neither or cannot be read; the container would
	 * otherwise answer an unreadable header with the server's own locale.
	 */
	static Locale spokenOf(String acceptLanguage) {
		if (acceptLanguage == null) {
			return Locale.SIMPLIFIED_CHINESE;
		}
		try {
			Locale spoken = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SPOKEN);
			return spoken == null ? Locale.SIMPLIFIED_CHINESE : spoken;
		}
		catch (IllegalArgumentException unreadable) {
			return Locale.SIMPLIFIED_CHINESE;
		}
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}
}
