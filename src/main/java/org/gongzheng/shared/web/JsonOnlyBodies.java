package org.gongzheng.shared.web;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API reads and writes JSON only, as its OpenAPI description says. Libraries on the class path
 * (the OpenAPI tooling brings a YAML reader) would otherwise let Spring take YAML, Smile or CBOR
 * bodies too, and those formats slip past the strict reading of JSON: a quoted "false" or "24"
 * is refused in JSON and quietly taken in YAML. A body of such a type now gets 415.
 */
@Configuration(proxyBeanMethods = false)
class JsonOnlyBodies implements WebMvcConfigurer {

	private static final List<MediaType> REFUSED = List.of(MediaType.APPLICATION_YAML,
			MediaType.parseMediaType("application/x-jackson-smile"), MediaType.APPLICATION_CBOR,
			MediaType.APPLICATION_XML, MediaType.TEXT_XML);

	@Override
	public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
		builder.configureMessageConvertersList(converters -> converters.removeIf(JsonOnlyBodies::otherFormat));
	}

	private static boolean otherFormat(HttpMessageConverter<?> converter) {
		return converter.getSupportedMediaTypes().stream()
			.anyMatch(type -> REFUSED.stream().anyMatch(refused -> refused.includes(type)));
	}
}
