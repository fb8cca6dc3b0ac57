package org.gongzheng.organization.internal;

/** The password rule: at least eight characters mixing letters and digits. */
final class Passwords {

	private Passwords() {
	}

	static boolean acceptable(String password) {
		return password != null && password.length() >= 8 && password.length() <= 64
				&& password.chars().anyMatch(Character::isLetter) && password.chars().anyMatch(Character::isDigit);
	}
}
