package org.gongzheng.shared.error;

import org.springframework.http.HttpStatus;

/** The user may see the object but may not do this to it. */
public class ForbiddenException extends DomainException {

	public ForbiddenException(String messageCode, Object... arguments) {
		super(messageCode, arguments);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.FORBIDDEN;
	}
}
