package org.gongzheng.shared.error;

import org.springframework.http.HttpStatus;

/** The object does not exist, or lies outside the user's data scope (which must not be revealed). */
public class NotFoundException extends DomainException {

	public NotFoundException(String messageCode, Object... arguments) {
		super(messageCode, arguments);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.NOT_FOUND;
	}
}
