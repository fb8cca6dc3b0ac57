package org.gongzheng.shared.error;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;

/**
 * The request no longer fits the object's current state: it changed meanwhile, or the action is
 * not allowed from where it stands now.
 */
public class ConflictException extends DomainException {

	public ConflictException(String messageCode, Object... arguments) {
		super(messageCode, arguments);
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.CONFLICT;
	}

	/** The standard refusal for a form or request made against an older version. */
	public static ConflictException staleVersion(String objectLabel) {
		return new ConflictException("error.stale", objectLabel);
	}

	/**
	 * The same, for an object whose name is kept in both languages ({@link Label#of(String, String)}):
	 * a name in one language only would be Chinese to an English reader.
	 */
	public static ConflictException staleVersion(MessageSourceResolvable objectLabel) {
		return new ConflictException("error.stale", objectLabel);
	}
}
