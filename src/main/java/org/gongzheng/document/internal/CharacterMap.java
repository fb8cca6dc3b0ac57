package org.gongzheng.document.internal;

import java.util.List;

/**
 * The 'cmap' table of a {@link TrueTypeSubset}: which glyph draws which character. PDF readers
 * also take the text of the page from it, so a name's rare character is found when searched.
 */
final class CharacterMap {

	private CharacterMap() {
	}

	/**
	 * Format 4 with one segment per code point of the Basic Multilingual Plane and, when there are
	 * characters beyond it, format 12 with all of them. Glyphs are numbered in code point order.
	 */
	static byte[] of(List<Integer> codes) {
		List<Integer> basic = codes.stream().filter(code -> code < 0xFFFF).toList();
		boolean beyond = basic.size() < codes.size();
		byte[] format4 = format4(basic);
		return TrueTypeSubset.bytes(out -> {
			out.writeShort(0);
			out.writeShort(beyond ? 2 : 1);
			out.writeShort(3);
			out.writeShort(1);
			out.writeInt(beyond ? 20 : 12);
			if (beyond) {
				out.writeShort(3);
				out.writeShort(10);
				out.writeInt(20 + format4.length);
			}
			out.write(format4);
			if (beyond) {
				out.write(format12(codes));
			}
		});
	}

	private static byte[] format4(List<Integer> codes) {
		int segments = codes.size() + 1;
		return TrueTypeSubset.bytes(out -> {
			int searchRange = 2 * Integer.highestOneBit(segments);
			out.writeShort(4);
			out.writeShort(16 + segments * 8);
			out.writeShort(0);
			out.writeShort(segments * 2);
			out.writeShort(searchRange);
			out.writeShort(Integer.numberOfTrailingZeros(searchRange / 2));
			out.writeShort(segments * 2 - searchRange);
			for (int code : codes) {
				out.writeShort(code);
			}
			out.writeShort(0xFFFF);
			out.writeShort(0);
			for (int code : codes) {
				out.writeShort(code);
			}
			out.writeShort(0xFFFF);
			for (int i = 0; i < codes.size(); i++) {
				out.writeShort((i + 1 - codes.get(i)) & 0xFFFF);
			}
			out.writeShort(1);
			for (int i = 0; i < segments; i++) {
				out.writeShort(0);
			}
		});
	}

	private static byte[] format12(List<Integer> codes) {
		return TrueTypeSubset.bytes(out -> {
			out.writeShort(12);
			out.writeShort(0);
			out.writeInt(16 + codes.size() * 12);
			out.writeInt(0);
			out.writeInt(codes.size());
			for (int i = 0; i < codes.size(); i++) {
				out.writeInt(codes.get(i));
				out.writeInt(codes.get(i));
				out.writeInt(i + 1);
			}
		});
	}
}
