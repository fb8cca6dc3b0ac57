package org.gongzheng.shared.identity;

/** Masks personal data for people who have no need to see it whole. */
public final class Masking {

	private Masking() {
	}

	/** Keeps {@code head} leading and {@code tail} trailing characters, replacing the rest with '*'. */
	public static String mask(String value, int head, int tail) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		if (value.length() <= head + tail) {
			return "*".repeat(value.length());
		}
		return value.substring(0, head) + "*".repeat(value.length() - head - tail) + value.substring(value.length() - tail);
	}

	public static String maskPhone(String phone) {
		return phone == null || phone.length() < 7 ? phone : mask(phone, 3, 4);
	}

	/** Keeps the family name (the first character) of a Chinese name. */
	public static String maskName(String name) {
		return name == null || name.length() < 2 ? name : name.charAt(0) + "*".repeat(name.length() - 1);
	}
}
