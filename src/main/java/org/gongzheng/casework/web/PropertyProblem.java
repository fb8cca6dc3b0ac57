package org.gongzheng.casework.web;

import java.io.Serializable;

import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.web.Messages;

/**
 * Why a seized item's register number or disposal was not saved, carried across the redirect back
 * to the case page so the message shows beside that item's form, with what was typed, rather than
 * at the top of a page that opens scrolled down to the property list.
 */
record PropertyProblem(long propertyId, String field, String message, String typed) implements Serializable {

	static PropertyProblem of(long propertyId, InvalidInputException ex, Messages messages, String typed) {
		InvalidInputException.FieldProblem problem = ex.fieldProblems().get(0);
		return new PropertyProblem(propertyId, problem.field(), messages.of(problem), typed);
	}

	/**
	 * The id of the item's field the problem stands under, its register number or its disposal: the
	 * redirect's anchor and, on the page, which field shows the message. Public for the page.
	 */
	public String fieldId() {
		return (field.equals("registerNumber") ? "registerNumber-" : "disposal-") + propertyId;
	}
}
