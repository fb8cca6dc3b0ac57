package org.gongzheng;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Reads what the application's Excel exports hold, for assertions. */
public final class Workbooks {

	private static final Pattern INLINE_TEXT = Pattern.compile("<is><t[^>]*>([^<]*)</t></is>");

	private static final Pattern SHARED_TEXT = Pattern.compile("<si><t[^>]*>([^<]*)</t></si>");

	private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&#x([0-9a-fA-F]+);");

	private Workbooks() {
	}

	/** Rows of the workbook's first sheet, the header included. */
	public static int rows(byte[] xlsx) throws IOException {
		return part(xlsx, "xl/worksheets/sheet1.xml").split("<row ", -1).length - 1;
	}

	/** The numbers in one column of the first sheet, top to bottom (text cells, such as the header, left out). */
	public static List<String> numbers(byte[] xlsx, String column) throws IOException {
		Matcher cell = Pattern.compile("<c r=\"" + column + "\\d+\"(?![^>]*t=\"s\")[^>]*><v>([^<]*)</v>")
			.matcher(part(xlsx, "xl/worksheets/sheet1.xml"));
		List<String> values = new ArrayList<>();
		while (cell.find()) {
			values.add(cell.group(1));
		}
		return values;
	}

	/** The workbook's text cells, written inline or through its shared table, with character references resolved. */
	public static String text(byte[] xlsx) throws IOException {
		StringBuilder texts = new StringBuilder();
		Matcher inline = INLINE_TEXT.matcher(part(xlsx, "xl/worksheets/sheet1.xml"));
		while (inline.find()) {
			texts.append(inline.group(1)).append('\n');
		}
		String shared = part(xlsx, "xl/sharedStrings.xml");
		return resolved(texts + (shared == null ? "" : shared));
	}

	/** The writer escapes every non-ASCII character as a numeric reference. */
	private static String resolved(String xml) {
		return CHARACTER_REFERENCE.matcher(xml)
			.replaceAll(m -> new String(Character.toChars(Integer.parseInt(m.group(1), 16))));
	}

	/** The texts of the workbook's shared table, in its order (none when it has no table). */
	public static List<String> sharedTexts(byte[] xlsx) throws IOException {
		String shared = part(xlsx, "xl/sharedStrings.xml");
		List<String> texts = new ArrayList<>();
		if (shared != null) {
			Matcher entry = SHARED_TEXT.matcher(shared);
			while (entry.find()) {
				texts.add(resolved(entry.group(1)));
			}
		}
		return texts;
	}

	/** The texts of one column of the first sheet, top to bottom, the header included. */
	public static List<String> column(byte[] xlsx, String column) throws IOException {
		List<String> shared = sharedTexts(xlsx);
		Matcher cell = Pattern.compile("<c r=\"" + column + "\\d+\"([^>]*)>(.*?)</c>")
			.matcher(part(xlsx, "xl/worksheets/sheet1.xml"));
		List<String> values = new ArrayList<>();
		while (cell.find()) {
			Matcher inline = INLINE_TEXT.matcher(cell.group(2));
			Matcher value = Pattern.compile("<v>([^<]*)</v>").matcher(cell.group(2));
			if (inline.find()) {
				values.add(resolved(inline.group(1)));
			}
			else if (value.find()) {
				values.add(cell.group(1).contains("t=\"s\"") ? shared.get(Integer.parseInt(value.group(1))) : value.group(1));
			}
		}
		return values;
	}

	/** The entry's text, or null when the workbook has no such part. */
	private static String part(byte[] xlsx, String entry) throws IOException {
		// A streamed workbook: its entries' sizes follow their data, which only ZipFile reads.
		Path file = Files.createTempFile("workbook", ".xlsx");
		try {
			Files.write(file, xlsx);
			try (ZipFile zip = new ZipFile(file.toFile())) {
				ZipEntry found = zip.getEntry(entry);
				return found == null ? null
						: new String(zip.getInputStream(found).readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		finally {
			Files.delete(file);
		}
	}
}
