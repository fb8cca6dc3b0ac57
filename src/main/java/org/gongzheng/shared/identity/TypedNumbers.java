package org.gongzheng.shared.identity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as people type them: with a Chinese input method left in full-width mode (１３８…), in
 * groups as they are printed ("110105 19491231 002X", "138 0013 8000"), with a lower-case x or the
 * country code. Each is read as the number it is before it is checked, so a right number is not
 * refused for its form, and it is stored in one form, so a search finds it.
 */
public final class TypedNumbers {

	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-()]");

	/** An area code and a number, apart: "(010)12345678", "010 12345678", "0755-1234567". */
	private static final Pattern LANDLINE_APART = Pattern.compile("\\(?(0\\d{2,3})(?:\\)|\\)?[\\s-]+)(\\d{7,8})");

	/** What people write around and within an amount of money: spaces, thousands separators, the unit. */
	private static final Pattern AMOUNT_DECORATION = Pattern.compile("[\\s,¥元]|人民币|RMB", Pattern.CASE_INSENSITIVE);

	private TypedNumbers() {
	}

	/**
	 * An identity number or a unified social credit code: full-width characters folded, spaces and
	 * hyphens left out, letters in upper case. Null stays null; whatever is left is checked as usual.
	 */
	public static String code(String typed) {
		return typed == null ? null : SEPARATORS.matcher(folded(typed)).replaceAll("").toUpperCase(Locale.ROOT);
	}

	/**
	 * A phone number: a mobile number as its eleven digits (without +86), a landline as area code,
	 * hyphen and number. Anything else is returned folded and trimmed, for the usual check to refuse.
	 */
	public static String phone(String typed) {
		if (typed == null) {
			return null;
		}
		String text = folded(typed).strip();
		String digits = SEPARATORS.matcher(text).replaceAll("");
		if (digits.startsWith("+86")) {
			digits = digits.substring(3);
		}
		else if (digits.startsWith("0086")) {
			digits = digits.substring(4);
		}
		if (digits.matches("1\\d{10}")) {
			return digits;
		}
		Matcher landline = LANDLINE_APART.matcher(text);
		return landline.matches() ? landline.group(1) + "-" + landline.group(2) : text;
	}

	/**
	 * An amount in yuan as written on a form: "1,000", "1 000", "200元", "¥200", "２００". The digits
	 * and the decimal point are left, for the usual check; null stays null.
	 */
	public static String yuan(String typed) {
		return typed == null ? null : AMOUNT_DECORATION.matcher(folded(typed)).replaceAll("");
	}

	/** Full-width digits, letters and signs as their ASCII forms, and the ideographic space as a space. */
	private static String folded(String typed) {
		return Normalizer.normalize(typed, Normalizer.Form.NFKC);
	}
}
