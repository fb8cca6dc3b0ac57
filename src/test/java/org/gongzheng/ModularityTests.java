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
			for (Path diagram : diagrams.filter(p -> p.toString().endsWith(".puml")).toList()) {
				sortRelations(diagram);
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
}
