package org.gongzheng.shared.error;

import java.util.List;

import org.springframework.http.HttpStatus;

/** Input that breaks a rule the service checks itself (beyond bean validation), per field. */
public class InvalidInputException extends DomainException {

	private final transient List<FieldProblem> fieldProblems;

	public InvalidInputException(List<FieldProblem> fieldProblems) {
		this("error.invalid", fieldProblems);
	}

	/** Field problems under a summary of their own, for a page that shows no form to put them beside. */
	public InvalidInputException(String summaryCode, List<FieldProblem> fieldProblems) {
		super(summaryCode);
		this.fieldProblems = List.copyOf(fieldProblems);
	}

	public static InvalidInputException of(String field, String messageCode, Object... arguments) {
		return new InvalidInputException(List.of(new FieldProblem(field, messageCode, arguments)));
	}

	/** The message code of a field refused for holding NUL, which forms and banners name as such. */
	public static final String NUL_CHARACTER = "validation.nulCharacter";

	/**
	 * PostgreSQL cannot store or even compare text holding NUL; such text is refused beside its
	 * field before it reaches a statement, so the answer names the field.
	 */
	public static void requireStorable(String field, String text) {
		if (holdsNul(text)) {
			throw of(field, NUL_CHARACTER);
		}
	}

	/** Whether text holds the NUL character, which no stored text can; null holds none. */
	public static boolean holdsNul(String text) {
		return text != null && text.indexOf('\0') >= 0;
	}

	@Override
	public HttpStatus status() {
		return HttpStatus.BAD_REQUEST;
	}

	@Override
	public String getMessage() {
		return "Invalid input: " + fieldProblems.stream().map(p -> p.field() + " " + p.messageCode()).toList();
	}

	public List<FieldProblem> fieldProblems() {
		return fieldProblems;
	}

	public record FieldProblem(String field, String messageCode, Object[] arguments) {
	}
}
