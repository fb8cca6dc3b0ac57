package org.gongzheng.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What integrators read first: how to sign in, and the error answers every operation can give.
 * The controllers return problem details from one exception handler rather than declaring each
 * status, so the description adds them here, once, for all operations, instead of repeating the
 * same annotations on ninety methods.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String PROBLEM = "Problem";

	private static final String BASIC = "basic";

	private static final String BEARER = "bearer";

	private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	private static final String DESCRIPTION = """
			Every case, approval, decision and supervision record of Gongzheng (公正), for other systems and scripts.

			**Signing in.** HTTP Basic with an officer's police number and password on every call, or an \
			access token the officer made (`POST /api/v1/me/tokens`, or the "Access tokens" page) sent as \
			`Authorization: Bearer <token>`; there are no sessions. A client that calls often should use a token: \
			it can be revoked without changing the password, and checking it costs a lookup, not a password hash. \
			Each call acts as that officer: it sees only their data scope and may do only what \
			their roles allow, exactly as in the web UI, and every change is written to the audit log in their name.

			**Language.** Messages follow `Accept-Language`: Simplified Chinese by default, `en` for English.

			**Input.** Request bodies are JSON, at most 2 MB (a larger one is refused with 413; send a long \
			record as a file); a field sent twice in one object is refused, and so is a field the request does \
			not have (a misspelled one would otherwise be ignored and what it held lost). Query parameters \
			likewise: one the address does not read (`?stat=` for `?state=`) is refused with the ones it does, \
			rather than answered with the unfiltered list; only `lang` is read everywhere. Text may hold tabs and line \
			breaks but no other control character (U+0000 to U+001F, U+007F to U+009F, U+FFFE, U+FFFF), \
			since no document could print it, nor the overrides U+202D and U+202E, which show text \
			reversed. Identity numbers, licences and phone numbers may be sent as people type them \
			(full-width, in groups, with +86); they are stored in one form. Dates and times lie in the years 1900 to 9999. \
			Each value is sent as its own JSON type: numbers and `true`/`false` without quotes, enumerations \
			by name, dates and times as ISO 8601 text (`2026-12-06`, `2026-12-06T10:00:00+08:00`), never as \
			a number of seconds or days; a value of another type is refused on its field. Lists are paged (`page` from 0, \
			`size` from 1 to the list's maximum, 100 or 200): a page before the first or a size outside that is \
			refused on its parameter, the message stating the maximum, rather than another page being answered; \
			a page past the end is empty. A list filter that takes one of a set of values (`state`, `status`, \
			a rule or fault kind's code) refuses any other, naming the values it takes, rather than answering an empty list.

			**Errors** are RFC 9457 problem details (`application/problem+json`) with a stable message `code`; \
			invalid input (400) lists one `{field, message}` per problem in `errors`. 404 also answers for what \
			exists outside the caller's data scope. A change based on a version that is no longer current, or \
			a second signature on a link already signed, is refused with 409 and changes nothing.
			""";

	@Bean
	OpenAPI gongzhengApi() {
		String version = ApiDocumentation.class.getPackage().getImplementationVersion();
		return new OpenAPI()
			.info(new Info().title("Gongzheng (公正) API")
				.version(version != null ? version : "development build")
				.description(DESCRIPTION))
			.components(new Components()
				.addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
					.description("Police number and password of an officer account"))
				.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
					.description("An access token the officer made (gz_…)")))
			.addSecurityItem(new SecurityRequirement().addList(BASIC))
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

	/** Adds the error answers an operation can give, where the operation does not name them itself. */
	@Bean
	OpenApiCustomizer problemResponses() {
		return api -> {
			if (api.getPaths() == null) {
				return;
			}
			// Added here, after the schemas are generated, so the generator does not drop it as unused.
			api.getComponents().addSchemas(PROBLEM, problemSchema());
			api.getPaths().forEach((path, item) -> item.readOperationsMap()
				.forEach((method, operation) -> addProblems(path, method, operation)));
		};
	}

	static void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
		if (operation.getResponses() == null) {
			return;
		}
		boolean takesInput = operation.getRequestBody() != null
				|| (operation.getParameters() != null && !operation.getParameters().isEmpty());
		// Every operation refuses a query parameter it does not read (KnownParametersGuard).
		add(operation, "400", takesInput ? "Invalid input: one message per field in `errors`; nothing was changed"
				: "A parameter this operation does not read, named in `errors`; nothing was changed");
		add(operation, "401",
				"Not signed in: send the police number and password with HTTP Basic, or a valid access token as Bearer");
		add(operation, "429",
				"Sign-ins of this account from this address are paused after repeated wrong passwords; Retry-After says for how many seconds");
		add(operation, "403", "The caller's roles or duties do not allow this; the message says why");
		if (path.contains("{")) {
			add(operation, "404", "Not found, or outside the caller's data scope");
		}
		if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
			add(operation, "409",
					"Changed by someone else in the meantime, or no longer in a state that allows this; nothing was changed");
		}
		// Answers an operation declares itself (e.g. 503 without a Chinese font) get the same schema.
		operation.getResponses().values().stream()
			.map(ApiResponse::getContent)
			.filter(content -> content != null)
			.map(content -> content.get(PROBLEM_JSON))
			.filter(media -> media != null && media.getSchema() == null)
			.forEach(media -> media.schema(problemReference()));
	}

	private static void add(Operation operation, String status, String description) {
		if (operation.getResponses().containsKey(status)) {
			return;
		}
		operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
			.content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(problemReference()))));
	}

	private static Schema<?> problemReference() {
		return new Schema<>().$ref("#/components/schemas/" + PROBLEM);
	}

	private static Schema<?> problemSchema() {
		Schema<?> fieldProblem = new ObjectSchema()
			.addProperty("field", new StringSchema().description("The request field, e.g. opinion or links[1].role"))
			.addProperty("message", new StringSchema().description("What is wrong with it, in the caller's language"));
		return new ObjectSchema().description("An RFC 9457 problem detail")
			.addProperty("type", new StringSchema().format("uri"))
			.addProperty("title", new StringSchema())
			.addProperty("status", new IntegerSchema())
			.addProperty("detail", new StringSchema().description("Why, in the caller's language"))
			.addProperty("instance", new StringSchema().format("uri"))
			.addProperty("code", new StringSchema().description("Stable message code, e.g. approval.unread"))
			.addProperty("errors",
					new ArraySchema().items(fieldProblem).description("Present on 400: one entry per invalid field"));
	}
}
