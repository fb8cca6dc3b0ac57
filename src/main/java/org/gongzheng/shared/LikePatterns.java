package org.gongzheng.shared;

/**
 * What a reader typed, made part of a LIKE pattern that matches it literally: its wildcards and
 * the escape character escaped, for {@code LIKE … ESCAPE '\'}. Searching for "100%" finds "100%",
 * not everything.
 */
public final class LikePatterns {

	private LikePatterns() {
	}

	public static String literal(String typed) {
		return typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
