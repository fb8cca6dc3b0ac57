package org.gongzheng.document.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The way legal documents write dates and money: 2026年11月23日, 人民币贰佰元整. Templates reach it
 * as {@code cn}.
 */
public final class ChineseFormats {

	private static final String[] DIGITS = { "零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖" };

	private static final String[] UNITS = { "", "拾", "佰", "仟" };

	private static final String[] SECTIONS = { "", "万", "亿" };

	private final ZoneId zone;

	ChineseFormats(ZoneId zone) {
		this.zone = zone;
	}

	public String date(Instant instant) {
		if (instant == null) {
			return "";
		}
		ZonedDateTime t = instant.atZone(zone);
		return t.getYear() + "年" + t.getMonthValue() + "月" + t.getDayOfMonth() + "日";
	}

	public String dateTime(Instant instant) {
		if (instant == null) {
			return "";
		}
		ZonedDateTime t = instant.atZone(zone);
		return date(instant) + "%d时%02d分".formatted(t.getHour(), t.getMinute());
	}

	/** Parses the ISO instant stored in a field. */
	public String dateTime(String isoInstant) {
		return isoInstant == null || isoInstant.isBlank() ? "" : dateTime(Instant.parse(isoInstant));
	}

	public String date(String isoInstant) {
		return isoInstant == null || isoInstant.isBlank() ? "" : date(Instant.parse(isoInstant));
	}

	/**
	 * The penalty in the words of a decision, from the fields warning, fineFen, detentionDays,
	 * licenceAction (SUSPEND/REVOKE) and licenceMonths: 警告，罚款人民币贰佰元整（200.00元）.
	 */
	public String penalty(java.util.Map<String, String> f) {
		java.util.List<String> parts = new java.util.ArrayList<>();
		if ("true".equals(f.get("warning"))) {
			parts.add("警告");
		}
		String detention = f.get("detentionDays");
		if (detention != null && !detention.isBlank()) {
			parts.add("行政拘留" + detention + "日");
		}
		String fine = f.get("fineFen");
		if (fine != null && !fine.isBlank()) {
			parts.add("罚款人民币" + upper(fine) + "（" + yuan(fine) + "元）");
		}
		if ("SUSPEND".equals(f.get("licenceAction"))) {
			parts.add("暂扣机动车驾驶证" + f.getOrDefault("licenceMonths", "") + "个月");
		}
		else if ("REVOKE".equals(f.get("licenceAction"))) {
			parts.add("吊销机动车驾驶证");
		}
		return String.join("，并处", parts);
	}

	/** 20000 fen → 200.00 */
	public String yuan(String fen) {
		if (fen == null || fen.isBlank()) {
			return "";
		}
		long value = Long.parseLong(fen);
		return "%d.%02d".formatted(value / 100, value % 100);
	}

	/** 20000 fen → 贰佰元整; 12345 fen → 壹佰贰拾叁元肆角伍分. */
	public String upper(String fen) {
		return fen == null || fen.isBlank() ? "" : upper(Long.parseLong(fen));
	}

	public static String upper(long fen) {
		if (fen < 0) {
			throw new IllegalArgumentException("negative amount");
		}
		long yuan = fen / 100;
		int jiao = (int) (fen / 10 % 10);
		int cents = (int) (fen % 10);
		StringBuilder out = new StringBuilder();
		if (yuan > 0) {
			out.append(integer(yuan)).append("元");
		}
		if (jiao == 0 && cents == 0) {
			return (out.length() == 0 ? "零元" : out.toString()) + "整";
		}
		if (jiao > 0) {
			out.append(DIGITS[jiao]).append("角");
		}
		else if (yuan > 0) {
			out.append("零");
		}
		if (cents > 0) {
			out.append(DIGITS[cents]).append("分");
		}
		return out.toString();
	}

	private static String integer(long value) {
		StringBuilder out = new StringBuilder();
		int section = 0;
		boolean needZero = false;
		while (value > 0) {
			int part = (int) (value % 10000);
			if (part != 0) {
				String text = section(part) + SECTIONS[section];
				if (needZero) {
					text = text + "零";
				}
				out.insert(0, text);
				needZero = part < 1000;
			}
			else if (out.length() > 0) {
				needZero = true;
			}
			value /= 10000;
			section++;
		}
		String text = out.toString();
		return text.endsWith("零") ? text.substring(0, text.length() - 1) : text;
	}

	private static String section(int part) {
		StringBuilder out = new StringBuilder();
		boolean zero = false;
		for (int position = 3; position >= 0; position--) {
			int digit = part / (int) Math.pow(10, position) % 10;
			if (digit == 0) {
				zero = out.length() > 0;
			}
			else {
				if (zero) {
					out.append("零");
					zero = false;
				}
				out.append(DIGITS[digit]).append(UNITS[position]);
			}
		}
		return out.toString();
	}
}
