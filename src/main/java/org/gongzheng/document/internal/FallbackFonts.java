package org.gongzheng.document.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fonts for the characters the Chinese font lacks. A party's name may hold a rare character
 * (生僻字) of CJK extension B or later, which common Chinese fonts do not draw; without a font
 * that does, the renderer leaves it out or prints "#" in its place, and a legal document names
 * someone else.
 * Configured files come first ({@code gongzheng.documents.fallback-fonts}), then known ones found
 * in the system's font folders (Debian: fonts-hanazono).
 */
final class FallbackFonts implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(FallbackFonts.class);

	/** Font files with the CJK extension planes, tried in this order. */
	private static final List<String> KNOWN_FILES = List.of("HanaMinB.ttf", "HanaMinA.ttf", "Jigmo2.ttf", "Jigmo3.ttf",
			"Jigmo.ttf", "simsunb.ttf", "mingliub.ttc");

	/** A font the renderer is given for some characters: its family name and its subset. */
	record Subset(String family, byte[] font) {
	}

	private final List<CjkFont> fonts;

	private FallbackFonts(List<CjkFont> fonts) {
		this.fonts = fonts;
	}

	/** The configured files (comma-separated) and the known system ones that can be read. */
	static FallbackFonts locate(String configured) {
		Set<Path> files = new LinkedHashSet<>();
		if (configured != null) {
			for (String file : configured.split(",")) {
				if (!file.isBlank()) {
					files.add(Path.of(file.strip()));
				}
			}
		}
		files.addAll(CjkFont.inSystemFolders(KNOWN_FILES));
		List<CjkFont> fonts = new ArrayList<>();
		Set<Path> seen = new LinkedHashSet<>();
		for (Path file : files) {
			if (seen.add(real(file))) {
				CjkFont font = CjkFont.fallback(file);
				if (font != null) {
					log.info("Documents: fallback PDF font {}", font.description());
					fonts.add(font);
				}
				else if (!Files.isReadable(file)) {
					log.warn("Documents: fallback font {} not found", file);
				}
			}
		}
		return new FallbackFonts(fonts);
	}

	private static Path real(Path file) {
		try {
			return file.toRealPath();
		}
		catch (IOException | RuntimeException ex) {
			return file.toAbsolutePath();
		}
	}

	/**
	 * For each fallback font that has some of the characters of {@code text} the primary font
	 * lacks, a subset with those characters; the first font that has a character draws it.
	 */
	List<Subset> subsets(String text, CjkFont primary) {
		Map<CjkFont, List<Integer>> drawn = new LinkedHashMap<>();
		text.codePoints().filter(FallbackFonts::visible).distinct().filter(cp -> !primary.has(cp)).forEach(cp -> {
			for (CjkFont font : fonts) {
				if (font.has(cp)) {
					drawn.computeIfAbsent(font, f -> new ArrayList<>()).add(cp);
					return;
				}
			}
		});
		List<Subset> subsets = new ArrayList<>();
		drawn.forEach((font, codePoints) -> {
			String family = PdfRenderer.FAMILY + "-" + (subsets.size() + 1);
			subsets.add(new Subset(family, font.subset("GongzhengFallback" + (subsets.size() + 1), codePoints)));
		});
		return subsets;
	}

	/** The characters of {@code text} that neither the primary font nor any fallback draws. */
	List<Integer> missing(String text, CjkFont primary) {
		return text.codePoints().filter(FallbackFonts::visible).distinct()
			.filter(cp -> !primary.has(cp) && fonts.stream().noneMatch(font -> font.has(cp)))
			.boxed().toList();
	}

	/**
	 * Characters that show ink: not ASCII (the Chinese font has it), nor a space, a line break, a
	 * zero-width format character or a variation selector, which print as nothing anyway. Code
	 * points this Java does not know yet count: CJK extension H came after it.
	 */
	private static boolean visible(int codePoint) {
		if (codePoint < 0x80) {
			return false;
		}
		return switch (Character.getType(codePoint)) {
			case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
					Character.CONTROL, Character.FORMAT, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK -> false;
			default -> true;
		};
	}

	@Override
	public void close() throws IOException {
		for (CjkFont font : fonts) {
			font.close();
		}
	}
}
