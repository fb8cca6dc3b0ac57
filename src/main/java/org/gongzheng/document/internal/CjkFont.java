package org.gongzheng.document.internal;

import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.apache.fontbox.cff.CFFCIDFont;
import org.apache.fontbox.cff.CFFFont;
import org.apache.fontbox.cff.CFFType1Font;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One face of a font with Chinese glyphs, from a .ttf, .otf or .ttc file. PDFBox embeds only
 * TrueType outlines and cannot subset the CFF outlines of fonts such as Noto CJK (Debian's
 * fonts-noto-cjk), so this reads each glyph's outline itself and {@link #subset} writes a small
 * TrueType font holding just the characters a document uses. The PDF then embeds that subset:
 * small, and its text can be extracted and searched.
 */
final class CjkFont implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(CjkFont.class);

	/** Font files tried in the system folders, best first. */
	private static final List<String> KNOWN_FILES = List.of("NotoSerifCJK-Regular.ttc", "NotoSerifCJKsc-Regular.otf",
			"NotoSansCJK-Regular.ttc", "NotoSansCJKsc-Regular.otf", "SourceHanSerifSC-Regular.otf",
			"SourceHanSansSC-Regular.otf", "SourceHanSerif-Regular.ttc", "SourceHanSans-Regular.ttc", "wqy-zenhei.ttc",
			"wqy-microhei.ttc", "uming.ttc", "ukai.ttc", "simsun.ttc", "simhei.ttf", "msyh.ttc", "msyh.ttf",
			"Songti.ttc", "PingFang.ttc", "STHeiti Light.ttc", "Hiragino Sans GB.ttc");

	private final Path file;

	private final String faceName;

	private final TrueTypeCollection collection;

	private final TrueTypeFont font;

	private final CmapLookup cmap;

	private final CFFFont cff;

	/** CFF outlines in CFF units are scaled to the font's units per em. */
	private final AffineTransform cffToEm;

	private final int unitsPerEm;

	private final int ascender;

	private final int descender;

	private final Map<Integer, TrueTypeSubset.Glyph> glyphs = new ConcurrentHashMap<>();

	private CjkFont(Path file, TrueTypeCollection collection, TrueTypeFont font) throws IOException {
		this.file = file;
		this.collection = collection;
		this.font = font;
		this.faceName = font.getName();
		this.cmap = font.getUnicodeCmapLookup();
		this.unitsPerEm = font.getHeader().getUnitsPerEm();
		this.ascender = font.getHorizontalHeader().getAscender();
		this.descender = font.getHorizontalHeader().getDescender();
		if (font instanceof OpenTypeFont otf && otf.isPostScript()) {
			this.cff = otf.getCFF().getFont();
			List<Number> matrix = cff.getFontMatrix();
			double scale = matrix == null || matrix.isEmpty() ? 1 : matrix.get(0).doubleValue() * unitsPerEm;
			this.cffToEm = AffineTransform.getScaleInstance(scale, scale);
		}
		else {
			this.cff = null;
			this.cffToEm = null;
		}
	}

	/**
	 * The configured font file, else the first known CJK font in the system's font folders.
	 *
	 * @throws FontUnavailableException when none is found, naming what to install
	 */
	static CjkFont locate(String configured, String configuredFace) {
		List<Path> candidates = new ArrayList<>(inSystemFolders(KNOWN_FILES));
		List<String> searched = new ArrayList<>(fontFolders().stream().map(Path::toString).toList());
		if (configured != null && !configured.isBlank()) {
			candidates.add(0, Path.of(configured.strip()));
			searched.add(0, configured.strip());
		}
		for (Path candidate : candidates) {
			try {
				CjkFont font = open(candidate, configuredFace);
				if (font != null) {
					log.info("Documents: PDF font {} ({})", font.faceName, candidate);
					return font;
				}
			}
			catch (IOException | RuntimeException ex) {
				log.warn("Documents: font {} could not be read: {}", candidate, ex.toString());
			}
		}
		throw new FontUnavailableException(String.join(", ", searched));
	}

	/** The files of those names found in the system's font folders, in the order of {@code names}. */
	static List<Path> inSystemFolders(List<String> names) {
		List<Path> found = new ArrayList<>();
		for (Path folder : fontFolders()) {
			if (!Files.isDirectory(folder)) {
				continue;
			}
			try (Stream<Path> files = Files.walk(folder, 6)) {
				List<Path> all = files.filter(Files::isRegularFile).toList();
				for (String name : names) {
					all.stream().filter(p -> p.getFileName().toString().equalsIgnoreCase(name)).findFirst()
						.ifPresent(found::add);
				}
			}
			catch (IOException | RuntimeException ex) {
				log.debug("Could not search {} for fonts", folder, ex);
			}
		}
		found.sort((a, b) -> Integer.compare(rank(names, a), rank(names, b)));
		return found;
	}

	private static int rank(List<String> names, Path path) {
		int index = -1;
		for (int i = 0; i < names.size(); i++) {
			if (names.get(i).equalsIgnoreCase(path.getFileName().toString())) {
				index = i;
			}
		}
		return index;
	}

	private static List<Path> fontFolders() {
		String home = System.getProperty("user.home", "");
		return List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"), Path.of(home, ".fonts"),
				Path.of(home, ".local", "share", "fonts"), Path.of("/Library/Fonts"), Path.of("/System/Library/Fonts"),
				Path.of(home, "Library", "Fonts"), Path.of("C:\\Windows\\Fonts"));
	}

	/**
	 * A font for the characters the Chinese font lacks, such as the rare characters of names in
	 * CJK extension B: any font file, its first face, whatever it covers. Null when unreadable.
	 */
	static CjkFont fallback(Path path) {
		try {
			if (!Files.isReadable(path)) {
				return null;
			}
			if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
				TrueTypeCollection collection = new TrueTypeCollection(path.toFile());
				List<TrueTypeFont> faces = new ArrayList<>();
				collection.processAllFonts(faces::add);
				if (faces.isEmpty()) {
					collection.close();
					return null;
				}
				return new CjkFont(path, collection, faces.get(0));
			}
			return new CjkFont(path, null, parse(path));
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Documents: fallback font {} could not be read: {}", path, ex.toString());
			return null;
		}
	}

	private static TrueTypeFont parse(Path path) throws IOException {
		return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".otf")
				? new OTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()))
				: new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()));
	}

	private static CjkFont open(Path path, String preferredFace) throws IOException {
		if (!Files.isReadable(path)) {
			return null;
		}
		String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".ttc")) {
			TrueTypeCollection collection = new TrueTypeCollection(path.toFile());
			List<TrueTypeFont> faces = new ArrayList<>();
			collection.processAllFonts(faces::add);
			TrueTypeFont chosen = null;
			for (TrueTypeFont face : faces) {
				String faceName = face.getName() == null ? "" : face.getName();
				if (preferredFace != null && !preferredFace.isBlank() ? faceName.equalsIgnoreCase(preferredFace.strip())
						: simplifiedChinese(faceName) && covers(face)) {
					chosen = face;
					break;
				}
			}
			if (chosen == null) {
				chosen = faces.stream().filter(CjkFont::covers).findFirst().orElse(null);
			}
			if (chosen == null) {
				collection.close();
				return null;
			}
			return new CjkFont(path, collection, chosen);
		}
		TrueTypeFont font = parse(path);
		if (!covers(font)) {
			font.close();
			return null;
		}
		return new CjkFont(path, null, font);
	}

	private static boolean simplifiedChinese(String faceName) {
		String n = faceName.toLowerCase(Locale.ROOT);
		return n.contains("sc") || n.contains("gb") || n.contains("simsun") || n.contains("zenhei") || n.contains("microhei");
	}

	private static boolean covers(TrueTypeFont face) {
		try {
			CmapLookup lookup = face.getUnicodeCmapLookup();
			return lookup != null && lookup.getGlyphId('罚') > 0 && lookup.getGlyphId('决') > 0;
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	/** A TrueType font with just the code points of {@code text} (and basic Latin), for embedding. */
	byte[] subset(String text) {
		return subset("GongzhengCJK", Stream
			.concat(text.codePoints().boxed(), java.util.stream.IntStream.rangeClosed(0x20, 0x7E).boxed())
			.toList());
	}

	/** A TrueType font with just those of {@code codePoints} this font has, for embedding. */
	byte[] subset(String postScriptName, Collection<Integer> codePoints) {
		Map<Integer, TrueTypeSubset.Glyph> needed = new java.util.HashMap<>();
		codePoints.stream().distinct().filter(cp -> cp >= 0x20 && cp != 0xFFFF).forEach(cp -> {
			TrueTypeSubset.Glyph glyph = glyph(cp);
			if (glyph != null) {
				needed.put(cp, glyph);
			}
		});
		return TrueTypeSubset.write(postScriptName, needed, unitsPerEm, ascender, descender);
	}

	/** Whether this font draws the character. */
	boolean has(int codePoint) {
		return glyph(codePoint) != null;
	}

	private TrueTypeSubset.Glyph glyph(int codePoint) {
		TrueTypeSubset.Glyph cached = glyphs.get(codePoint);
		if (cached != null) {
			return cached;
		}
		synchronized (this) {
			try {
				int gid = cmap.getGlyphId(codePoint);
				if (gid <= 0) {
					return null;
				}
				int advance = font.getHorizontalMetrics().getAdvanceWidth(gid);
				GeneralPath path;
				if (cff != null) {
					int selector = cff instanceof CFFCIDFont ? cff.getCharset().getCIDForGID(gid) : gid;
					path = cff instanceof CFFType1Font type1 ? type1.getType2CharString(gid).getPath()
							: cff.getType2CharString(selector).getPath();
					path = new GeneralPath(path.createTransformedShape(cffToEm));
				}
				else {
					GlyphData data = font.getGlyph().getGlyph(gid);
					path = data == null ? null : data.getPath();
				}
				TrueTypeSubset.Glyph glyph = new TrueTypeSubset.Glyph(advance, path);
				glyphs.put(codePoint, glyph);
				return glyph;
			}
			catch (IOException ex) {
				log.warn("Documents: glyph U+{} could not be read", Integer.toHexString(codePoint), ex);
				return null;
			}
		}
	}

	Path file() {
		return file;
	}

	String description() {
		return faceName + " (" + file + ")";
	}

	@Override
	public void close() throws IOException {
		if (collection != null) {
			collection.close();
		}
		else {
			font.close();
		}
	}

}
