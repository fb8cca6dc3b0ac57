package org.gongzheng.shared.web;

import java.sql.SQLException;

import org.gongzheng.shared.error.InvalidInputException;

/**
 * PostgreSQL cannot store the NUL character in text, and refuses a statement carrying one
 * (SQLSTATE 22021, character_not_in_repertoire). It arrives as an integrity violation, but the
 * fault is the input's, not a clash with stored data: the answer is a 400 that says so. Input is
 * checked for it before (in query parameters, JSON bodies and bound forms) so the answer can name
 * the field; the database's refusal remains the net for anything those checks do not see.
 */
final class NulCharacter {

	private static final String CHARACTER_NOT_IN_REPERTOIRE = "22021";

	private NulCharacter() {
	}

	/** Whether a value sent to us is text holding NUL; checked where the field is still known. */
	static boolean heldBy(Object value) {
		return value instanceof String text && InvalidInputException.holdsNul(text);
	}

	static boolean refused(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof SQLException sql && CHARACTER_NOT_IN_REPERTOIRE.equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}
}
