package org.gongzheng.shared.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

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
		for (ConstraintViolation<Object> violation : validator.validate(command)) {
			String field = violation.getPropertyPath().toString();
			if (!result.hasFieldErrors(field)) {
				result.addError(new FieldError(result.getObjectName(), field, violation.getInvalidValue(), false, null,
						null, violation.getMessage()));
			}
		}
	}

	public static void apply(InvalidInputException ex, BindingResult result) {
		for (InvalidInputException.FieldProblem problem : ex.fieldProblems()) {
			result.addError(new FieldError(result.getObjectName(), problem.field(), null, false,
					new String[] { problem.messageCode() }, problem.arguments(), problem.messageCode()));
		}
	}
}
