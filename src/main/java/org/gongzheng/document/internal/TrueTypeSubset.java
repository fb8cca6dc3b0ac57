package org.gongzheng.document.internal;

import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a small TrueType font holding only the given glyphs, each an outline in font units.
 * Cubic curves (from CFF-flavoured OpenType fonts such as Noto CJK) are approximated by
 * quadratic ones, which is what the TrueType 'glyf' table holds.
 */
final class TrueTypeSubset {

	/** One glyph: its advance width and its outline (null or empty for blanks such as the space). */
	record Glyph(int advance, GeneralPath outline) {
	}

	private record Point(int x, int y, boolean onCurve) {
	}

	private record Encoded(byte[] data, int xMin, int yMin, int xMax, int yMax, int points, int contours) {
	}

	private TrueTypeSubset() {
	}

	/**
	 * @param glyphs code point to glyph; beyond the Basic Multilingual Plane too (rare characters of
	 *        names, in CJK extension B and later)
	 * @param unitsPerEm the source font's units per em
	 * @param ascender the source font's typographic ascender
	 * @param descender the source font's typographic descender (negative)
	 */
	static byte[] write(String postScriptName, Map<Integer, Glyph> glyphs, int unitsPerEm, int ascender,
			int descender) {
		TreeMap<Integer, Glyph> sorted = new TreeMap<>();
		glyphs.forEach((cp, g) -> {
			if (cp > 0 && cp != 0xFFFF && cp <= Character.MAX_CODE_POINT) {
				sorted.put(cp, g);
			}
		});
		List<Encoded> encoded = new ArrayList<>();
		List<Integer> advances = new ArrayList<>();
		encoded.add(new Encoded(new byte[0], 0, 0, 0, 0, 0, 0)); // .notdef, blank
		advances.add(unitsPerEm / 2);
		for (Glyph glyph : sorted.values()) {
			encoded.add(encode(glyph.outline()));
			advances.add(glyph.advance());
		}
		int xMin = 0, yMin = 0, xMax = 0, yMax = 0, maxPoints = 0, maxContours = 0, maxAdvance = 0;
		for (Encoded e : encoded) {
			if (e.data.length > 0) {
				xMin = Math.min(xMin, e.xMin);
				yMin = Math.min(yMin, e.yMin);
				xMax = Math.max(xMax, e.xMax);
				yMax = Math.max(yMax, e.yMax);
			}
			maxPoints = Math.max(maxPoints, e.points);
			maxContours = Math.max(maxContours, e.contours);
		}
		for (int a : advances) {
			maxAdvance = Math.max(maxAdvance, a);
		}
		int numGlyphs = encoded.size();

		ByteArrayOutputStream glyf = new ByteArrayOutputStream();
		int[] loca = new int[numGlyphs + 1];
		for (int i = 0; i < numGlyphs; i++) {
			loca[i] = glyf.size();
			byte[] data = encoded.get(i).data;
			glyf.writeBytes(data);
			while (glyf.size() % 4 != 0) {
				glyf.write(0);
			}
		}
		loca[numGlyphs] = glyf.size();

		Map<String, byte[]> tables = new TreeMap<>();
		tables.put("glyf", glyf.toByteArray());
		tables.put("loca", bytes(out -> {
			for (int offset : loca) {
				out.writeInt(offset);
			}
		}));
		int fxMin = xMin, fyMin = yMin, fxMax = xMax, fyMax = yMax;
		tables.put("head", bytes(out -> {
			out.writeInt(0x00010000);
			out.writeInt(0x00010000);
			out.writeInt(0); // checkSumAdjustment
			out.writeInt(0x5F0F3CF5);
			out.writeShort(0x000B);
			out.writeShort(unitsPerEm);
			out.writeLong(0);
			out.writeLong(0);
			out.writeShort(fxMin);
			out.writeShort(fyMin);
			out.writeShort(fxMax);
			out.writeShort(fyMax);
			out.writeShort(0); // macStyle
			out.writeShort(8); // lowestRecPPEM
			out.writeShort(2); // fontDirectionHint
			out.writeShort(1); // long loca
			out.writeShort(0);
		}));
		int fMaxAdvance = maxAdvance;
		tables.put("hhea", bytes(out -> {
			out.writeInt(0x00010000);
			out.writeShort(ascender);
			out.writeShort(descender);
			out.writeShort(0); // lineGap
			out.writeShort(fMaxAdvance);
			out.writeShort(fxMin);
			out.writeShort(0);
			out.writeShort(fxMax);
			out.writeShort(1); // caretSlopeRise
			out.writeShort(0);
			out.writeShort(0);
			for (int i = 0; i < 5; i++) {
				out.writeShort(0);
			}
			out.writeShort(numGlyphs);
		}));
		tables.put("hmtx", bytes(out -> {
			for (int i = 0; i < numGlyphs; i++) {
				out.writeShort(advances.get(i));
				out.writeShort(encoded.get(i).data.length == 0 ? 0 : encoded.get(i).xMin);
			}
		}));
		int fMaxPoints = maxPoints, fMaxContours = maxContours;
		tables.put("maxp", bytes(out -> {
			out.writeInt(0x00010000);
			out.writeShort(numGlyphs);
			out.writeShort(fMaxPoints);
			out.writeShort(fMaxContours);
			out.writeShort(0);
			out.writeShort(0);
			out.writeShort(2); // maxZones
			for (int i = 0; i < 7; i++) {
				out.writeShort(0);
			}
			out.writeShort(0);
		}));
		List<Integer> codes = new ArrayList<>(sorted.keySet());
		tables.put("cmap", CharacterMap.of(codes));
		tables.put("OS/2", bytes(out -> {
			out.writeShort(4);
			out.writeShort(unitsPerEm); // xAvgCharWidth, approximate for CJK
			out.writeShort(400);
			out.writeShort(5);
			out.writeShort(0); // fsType: installable embedding
			for (int i = 0; i < 10; i++) {
				out.writeShort(0); // subscript/superscript/strikeout metrics
			}
			out.writeShort(0); // sFamilyClass
			out.write(new byte[10]); // panose
			out.writeInt(0x00000003); // ulUnicodeRange1: Basic Latin, Latin-1
			out.writeInt(0x08000000 | 0x00010000); // ranges 2: CJK unified ideographs, CJK symbols
			out.writeInt(0);
			out.writeInt(0);
			out.write("NONE".getBytes(StandardCharsets.US_ASCII));
			out.writeShort(0x0040); // fsSelection: regular
			out.writeShort(codes.isEmpty() ? 0x20 : Math.min(codes.get(0), 0xFFFF));
			out.writeShort(codes.isEmpty() ? 0x20 : Math.min(codes.get(codes.size() - 1), 0xFFFF));
			out.writeShort(ascender);
			out.writeShort(descender);
			out.writeShort(0);
			out.writeShort(ascender);
			out.writeShort(-descender);
			out.writeInt(0x00040001); // code pages: Latin 1, simplified Chinese
			out.writeInt(0);
			out.writeShort(ascender / 2); // sxHeight
			out.writeShort(ascender * 3 / 4); // sCapHeight
			out.writeShort(0);
			out.writeShort(0x20);
			out.writeShort(0);
		}));
		tables.put("name", name(postScriptName));
		tables.put("post", bytes(out -> {
			out.writeInt(0x00030000);
			out.writeInt(0);
			out.writeShort(-100);
			out.writeShort(50);
			out.writeInt(0);
			for (int i = 0; i < 4; i++) {
				out.writeInt(0);
			}
		}));
		return assemble(tables);
	}

	private static Encoded encode(GeneralPath outline) {
		if (outline == null) {
			return new Encoded(new byte[0], 0, 0, 0, 0, 0, 0);
		}
		List<List<Point>> contours = contours(outline);
		contours.removeIf(c -> c.size() < 2);
		if (contours.isEmpty()) {
			return new Encoded(new byte[0], 0, 0, 0, 0, 0, 0);
		}
		int xMin = Integer.MAX_VALUE, yMin = Integer.MAX_VALUE, xMax = Integer.MIN_VALUE, yMax = Integer.MIN_VALUE;
		int points = 0;
		for (List<Point> contour : contours) {
			for (Point p : contour) {
				xMin = Math.min(xMin, p.x);
				yMin = Math.min(yMin, p.y);
				xMax = Math.max(xMax, p.x);
				yMax = Math.max(yMax, p.y);
			}
			points += contour.size();
		}
		int fxMin = xMin, fyMin = yMin, fxMax = xMax, fyMax = yMax, fPoints = points;
		byte[] data = bytes(out -> {
			out.writeShort(contours.size());
			out.writeShort(fxMin);
			out.writeShort(fyMin);
			out.writeShort(fxMax);
			out.writeShort(fyMax);
			int end = -1;
			for (List<Point> contour : contours) {
				end += contour.size();
				out.writeShort(end);
			}
			out.writeShort(0); // no instructions
			for (List<Point> contour : contours) {
				for (Point p : contour) {
					out.writeByte(p.onCurve ? 1 : 0);
				}
			}
			int last = 0;
			for (List<Point> contour : contours) {
				for (Point p : contour) {
					out.writeShort(p.x - last);
					last = p.x;
				}
			}
			last = 0;
			for (List<Point> contour : contours) {
				for (Point p : contour) {
					out.writeShort(p.y - last);
					last = p.y;
				}
			}
		});
		return new Encoded(data, xMin, yMin, xMax, yMax, fPoints, contours.size());
	}

	/** The outline as closed TrueType contours; each cubic becomes two quadratic segments. */
	private static List<List<Point>> contours(GeneralPath outline) {
		List<List<Point>> contours = new ArrayList<>();
		List<Point> current = null;
		double[] c = new double[6];
		double x = 0, y = 0;
		for (PathIterator it = outline.getPathIterator(null); !it.isDone(); it.next()) {
			switch (it.currentSegment(c)) {
				case PathIterator.SEG_MOVETO -> {
					current = new ArrayList<>();
					contours.add(current);
					add(current, c[0], c[1], true);
					x = c[0];
					y = c[1];
				}
				case PathIterator.SEG_LINETO -> {
					add(current, c[0], c[1], true);
					x = c[0];
					y = c[1];
				}
				case PathIterator.SEG_QUADTO -> {
					add(current, c[0], c[1], false);
					add(current, c[2], c[3], true);
					x = c[2];
					y = c[3];
				}
				case PathIterator.SEG_CUBICTO -> {
					cubic(current, x, y, c[0], c[1], c[2], c[3], c[4], c[5]);
					x = c[4];
					y = c[5];
				}
				case PathIterator.SEG_CLOSE -> {
					if (current != null && current.size() > 1) {
						Point first = current.get(0);
						Point lastPoint = current.get(current.size() - 1);
						if (first.x == lastPoint.x && first.y == lastPoint.y && lastPoint.onCurve) {
							current.remove(current.size() - 1);
						}
					}
				}
				default -> {
				}
			}
		}
		return contours;
	}

	/** Splits the cubic at t = 0.5 and approximates each half by one quadratic. */
	private static void cubic(List<Point> contour, double x0, double y0, double x1, double y1, double x2, double y2,
			double x3, double y3) {
		double x01 = (x0 + x1) / 2, y01 = (y0 + y1) / 2;
		double x12 = (x1 + x2) / 2, y12 = (y1 + y2) / 2;
		double x23 = (x2 + x3) / 2, y23 = (y2 + y3) / 2;
		double xa = (x01 + x12) / 2, ya = (y01 + y12) / 2;
		double xb = (x12 + x23) / 2, yb = (y12 + y23) / 2;
		double xm = (xa + xb) / 2, ym = (ya + yb) / 2;
		quadFor(contour, x0, y0, x01, y01, xa, ya, xm, ym);
		quadFor(contour, xm, ym, xb, yb, x23, y23, x3, y3);
	}

	private static void quadFor(List<Point> contour, double x0, double y0, double x1, double y1, double x2, double y2,
			double x3, double y3) {
		double qx = (3 * (x1 + x2) - x0 - x3) / 4;
		double qy = (3 * (y1 + y2) - y0 - y3) / 4;
		add(contour, qx, qy, false);
		add(contour, x3, y3, true);
	}

	private static void add(List<Point> contour, double x, double y, boolean onCurve) {
		Point p = new Point((int) Math.round(x), (int) Math.round(y), onCurve);
		if (!contour.isEmpty()) {
			Point last = contour.get(contour.size() - 1);
			if (last.x == p.x && last.y == p.y && last.onCurve && p.onCurve) {
				return;
			}
		}
		contour.add(p);
	}

	private static byte[] name(String postScriptName) {
		String[] values = { postScriptName, "Regular", postScriptName, postScriptName };
		int[] ids = { 1, 2, 4, 6 };
		return bytes(out -> {
			out.writeShort(0);
			out.writeShort(ids.length);
			out.writeShort(6 + 12 * ids.length);
			int offset = 0;
			for (int i = 0; i < ids.length; i++) {
				int length = values[i].getBytes(StandardCharsets.UTF_16BE).length;
				out.writeShort(3);
				out.writeShort(1);
				out.writeShort(0x409);
				out.writeShort(ids[i]);
				out.writeShort(length);
				out.writeShort(offset);
				offset += length;
			}
			for (String value : values) {
				out.write(value.getBytes(StandardCharsets.UTF_16BE));
			}
		});
	}

	private static byte[] assemble(Map<String, byte[]> tables) {
		int count = tables.size();
		int searchRange = 16 * Integer.highestOneBit(count);
		return bytes(out -> {
			out.writeInt(0x00010000);
			out.writeShort(count);
			out.writeShort(searchRange);
			out.writeShort(Integer.numberOfTrailingZeros(searchRange / 16));
			out.writeShort(count * 16 - searchRange);
			int offset = 12 + 16 * count;
			for (Map.Entry<String, byte[]> table : tables.entrySet()) {
				out.write(table.getKey().getBytes(StandardCharsets.US_ASCII));
				out.writeInt(checksum(table.getValue()));
				out.writeInt(offset);
				out.writeInt(table.getValue().length);
				offset += (table.getValue().length + 3) & ~3;
			}
			for (byte[] data : tables.values()) {
				out.write(data);
				for (int i = data.length; i % 4 != 0; i++) {
					out.write(0);
				}
			}
		});
	}

	private static int checksum(byte[] data) {
		int sum = 0;
		for (int i = 0; i < data.length; i += 4) {
			int word = 0;
			for (int j = 0; j < 4; j++) {
				word = (word << 8) | (i + j < data.length ? data[i + j] & 0xFF : 0);
			}
			sum += word;
		}
		return sum;
	}

	interface Writer {
		void write(DataOutputStream out) throws IOException;
	}

	static byte[] bytes(Writer writer) {
		ByteArrayOutputStream buffer = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(buffer)) {
			writer.write(out);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return buffer.toByteArray();
	}
}
