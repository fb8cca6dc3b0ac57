package org.gongzheng.shared.error;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A refusal the user should read. It carries a message code (resolved in the user's language) and
 * the HTTP status it maps to, so the API and the pages explain themselves the same way.
 */
public abstract class DomainException extends RuntimeException {

	private final String messageCode;

	private final transient List<Object> arguments;

	protected DomainException(String messageCode, Object... arguments) {
		super(messageCode);
		this.messageCode = messageCode;
		this.arguments = List.of(arguments);
	}

	public abstract HttpStatus status();

	public String messageCode() {
		return messageCode;
	}

	public Object[] arguments() {
		return arguments.toArray();
	}
}
