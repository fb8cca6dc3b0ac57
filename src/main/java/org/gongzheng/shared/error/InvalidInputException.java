package org.gongzheng.shared.error;

import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;

import org.gongzheng.shared.PrintableText;

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

	/**
	 * Field problems under a summary that takes arguments: for a refusal that is itself the answer
	 * (a rule the request breaks as a whole), told in the summary as well as beside its field.
	 */
	public InvalidInputException(String summaryCode, Object[] summaryArguments, List<FieldProblem> fieldProblems) {
		super(summaryCode, summaryArguments);
		this.fieldProblems = List.copyOf(fieldProblems);
	}

	public static InvalidInputException of(String field, String messageCode, Object... arguments) {
		return new InvalidInputException(List.of(new FieldProblem(field, messageCode, arguments)));
	}

	/** The message code of a field refused for holding NUL, which forms and banners name as such. */
	public static final String NUL_CHARACTER = "validation.nulCharacter";

	/** The message code of a field refused for holding a control character that no document can print. */
	public static final String CONTROL_CHARACTER = "validation.controlCharacter";

	/**
	 * PostgreSQL cannot store or even compare text holding NUL; such text is refused beside its
	 * field before it reaches a statement, so the answer names the field. Text holding another
	 * character that no record can be printed with is refused there too, naming the character.
	 */
	public static void requireStorable(String field, String text) {
		unstorable(field, text).ifPresent(problem -> {
			throw new InvalidInputException(List.of(problem));
		});
	}

	/** What is wrong with text that cannot be stored and printed as sent; empty when nothing is. */
	public static Optional<FieldProblem> unstorable(String field, String text) {
		if (holdsNul(text)) {
			return Optional.of(new FieldProblem(field, NUL_CHARACTER, new Object[0]));
		}
		int unprintable = PrintableText.firstUnprintable(text);
		return unprintable < 0 ? Optional.empty()
				: Optional.of(new FieldProblem(field, CONTROL_CHARACTER, new Object[] { PrintableText.named(unprintable) }));
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
