package org.gongzheng.discretion.internal;

/** Article numbers the way statutes write them: 5 → 五, 21 → 二十一, 107 → 一百零七. */
public final class ChineseNumerals {

	private static final String[] DIGITS = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九" };

	private ChineseNumerals() {
	}

	public static String of(int n) {
		if (n <= 0 || n >= 10000) {
			return String.valueOf(n);
		}
		StringBuilder out = new StringBuilder();
		int thousands = n / 1000;
		int hundreds = n / 100 % 10;
		int tens = n / 10 % 10;
		int ones = n % 10;
		boolean zero = false;
		if (thousands > 0) {
			out.append(DIGITS[thousands]).append("千");
		}
		if (hundreds > 0) {
			out.append(DIGITS[hundreds]).append("百");
		}
		else if (thousands > 0 && (tens > 0 || ones > 0)) {
			zero = true;
		}
		if (tens > 0) {
			if (zero) {
				out.append("零");
				zero = false;
			}
			// 十 alone for 10-19 with nothing before it; 一十 otherwise (一百一十).
			if (tens > 1 || out.length() > 0) {
				out.append(DIGITS[tens]);
			}
			out.append("十");
		}
		else if (out.length() > 0 && ones > 0) {
			zero = true;
		}
		if (ones > 0) {
			if (zero) {
				out.append("零");
			}
			out.append(DIGITS[ones]);
		}
		return out.toString();
	}
}
