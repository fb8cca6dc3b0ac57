package org.gongzheng;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(GongzhengApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicFaces() {
		modules.verify();
	}

	@Test
	void moduleDocumentationIsWrittenToDocs() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}
}
