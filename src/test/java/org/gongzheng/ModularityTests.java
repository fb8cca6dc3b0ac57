package org.gongzheng;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private static final Path OUTPUT = Path.of("docs/modules");

	private final ApplicationModules modules = ApplicationModules.of(GongzhengApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicFaces() {
		modules.verify();
	}

	@Test
	void moduleDocumentationIsWrittenToDocs() throws IOException {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(OUTPUT.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		try (Stream<Path> diagrams = Files.list(OUTPUT)) {
			for (Path file : diagrams.toList()) {
				if (file.toString().endsWith(".puml")) {
					sortRelations(file);
				}
				else if (file.toString().endsWith(".adoc")) {
					sortListItems(file);
				}
			}
		}
	}

	/**
	 * The Documenter writes a diagram's relations in no stable order; sorted, the committed
	 * diagrams change only when the modules do.
	 */
	private static void sortRelations(Path diagram) throws IOException {
		List<String> lines = Files.readAllLines(diagram, StandardCharsets.UTF_8);
		List<String> sorted = new ArrayList<>(lines.size());
		List<String> relations = new ArrayList<>();
		for (String line : lines) {
			if (line.startsWith("Rel(")) {
				relations.add(line);
				continue;
			}
			relations.sort(null);
			sorted.addAll(relations);
			relations.clear();
			sorted.add(line);
		}
		relations.sort(null);
		sorted.addAll(relations);
		Files.write(diagram, sorted, StandardCharsets.UTF_8);
	}

	/**
	 * The same for the canvases: each table cell's bullet list ("|* first", "* next", ...) comes out
	 * in no stable order.
	 */
	private static void sortListItems(Path canvas) throws IOException {
		List<String> lines = Files.readAllLines(canvas, StandardCharsets.UTF_8);
		List<String> sorted = new ArrayList<>(lines.size());
		List<String> items = new ArrayList<>();
		for (String line : lines) {
			if (line.startsWith("|* ") || (!items.isEmpty() && line.startsWith("* "))) {
				if (line.startsWith("|")) {
					flushItems(items, sorted);
				}
				items.add(line.startsWith("|") ? line.substring(1) : line);
				continue;
			}
			flushItems(items, sorted);
			sorted.add(line);
		}
		flushItems(items, sorted);
		Files.write(canvas, sorted, StandardCharsets.UTF_8);
	}

	private static void flushItems(List<String> items, List<String> sorted) {
		if (items.isEmpty()) {
			return;
		}
		items.sort(null);
		sorted.add("|" + items.get(0));
		sorted.addAll(items.subList(1, items.size()));
		items.clear();
	}
}
