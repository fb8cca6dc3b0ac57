package org.gongzheng.shared.web;

import java.util.function.UnaryOperator;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.beans.BeansException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import org.gongzheng.shared.error.InvalidInputException;

/**
 * Puts problems next to the form fields they concern. Forms carry no rules of their own: a form
 * is turned into its command and the command's constraints are checked, so pages and the API
 * enforce the same rules.
 */
public final class FormErrors {

	private FormErrors() {
	}

	/** Checks the command built from a form; field names of form and command match. */
	public static void validate(Validator validator, Object command, BindingResult result) {
		validate(validator, command, result, UnaryOperator.identity());
	}

	/**
	 * As {@link #validate(Validator, Object, BindingResult)}, for a form whose fields are named
	 * differently from the command's (e.g. a value entered in yuan and kept in fen).
	 */
	public static void validate(Validator validator, Object command, BindingResult result,
			UnaryOperator<String> formField) {
		for (ConstraintViolation<Object> violation : validator.validate(command)) {
			String field = formField.apply(violation.getPropertyPath().toString());
			if (!result.hasFieldErrors(field)) {
				result.addError(new FieldError(result.getObjectName(), field, formValue(result, field), false, null,
						null, violation.getMessage()));
			}
		}
	}

	public static void apply(InvalidInputException ex, BindingResult result) {
		apply(ex, result, UnaryOperator.identity());
	}

	public static void apply(InvalidInputException ex, BindingResult result, UnaryOperator<String> formField) {
		for (InvalidInputException.FieldProblem problem : ex.fieldProblems()) {
			String field = formField.apply(problem.field());
			result.addError(new FieldError(result.getObjectName(), field, formValue(result, field), false,
					new String[] { problem.messageCode() }, problem.arguments(), problem.messageCode()));
		}
	}

	/**
	 * What the user entered, shown again in the field. The command's value can be of another type
	 * (fen for yuan, an instant for a local time) that the form's field cannot display.
	 */
	private static Object formValue(BindingResult result, String field) {
		try {
			return result.getRawFieldValue(field);
		}
		catch (BeansException ex) {
			return null;
		}
	}
}
