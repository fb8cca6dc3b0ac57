package org.gongzheng.organization.internal;

import java.text.Normalizer;

/**
 * An account name as signing in reads it. Officers sign in with their police number, and an input
 * method left in full-width mode types "２１０１０２" into the form: that was no account, so the
 * officer was told the password was wrong. The name is read in compatibility form (full-width
 * letters, digits and signs as ASCII) and without the spaces the sign-in form drops
 * ({@code String.trim}). The form's name is read so before the password is checked, and failed
 * sign-ins are counted by every name read so, so no way of typing a name reaches an account
 * without being counted on it. API clients send the name as stored.
 */
final class AccountNames {

	private AccountNames() {
	}

	static String asSignedIn(String typed) {
		return typed == null ? "" : Normalizer.normalize(typed, Normalizer.Form.NFKC).trim();
	}
}
