package org.gongzheng.supervision.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which parameters each rule's SQL reads, and their bounds. A rule code missing here takes no
 * parameters.
 */
public final class ParameterSpecs {

	/** Case states a case file can be checked in (casework's states after filing). */
	static final Set<String> FILED_STATES = Set.of("FILED", "INVESTIGATING", "DECIDED", "CLOSED");

	/** Casework's material types. */
	static final Set<String> MATERIAL_TYPES = Set.of("INTERROGATION_RECORD", "INQUIRY_RECORD", "SCENE_INSPECTION_RECORD",
			"EVIDENCE_LIST", "IDENTIFICATION_RECORD", "DOCUMENTARY_EVIDENCE", "PHOTO", "AUDIO_VIDEO", "EXPERT_OPINION",
			"BODYCAM_CLIP", "OTHER");

	/** Casework's compulsory measures that last longer than a questioning. */
	static final Set<String> LASTING_MEASURES = Set.of("CRIMINAL_DETENTION", "BAIL_PENDING_TRIAL", "RESIDENTIAL_SURVEILLANCE");

	private static final ParameterSpec MEASURE_MAX_DAYS = new ParameterSpec.NumberMap("measureMaxDays", LASTING_MEASURES, 1,
			3650);

	private static final Map<String, List<ParameterSpec>> SPECS = Map.ofEntries(
			Map.entry("INTAKE_NOT_ACCEPTED", List.of(new ParameterSpec.Number("hours", 1, 720))),
			Map.entry("ACCEPTED_NOT_FILED", List.of(new ParameterSpec.Number("days", 1, 365))),
			Map.entry("FILED_WITHOUT_REQUIRED_MATERIALS", List.of(new ParameterSpec.Number("graceHours", 0, 720),
					new ParameterSpec.ListMap("requiredMaterials", FILED_STATES, MATERIAL_TYPES))),
			Map.entry("DEADLINE_NEAR", List.of(new ParameterSpec.Number("measureWarnHours", 1, 720), MEASURE_MAX_DAYS)),
			Map.entry("DEADLINE_PASSED", List.of(MEASURE_MAX_DAYS)),
			Map.entry("SEIZED_PROPERTY_UNREGISTERED", List.of(new ParameterSpec.Number("graceHours", 0, 720))),
			Map.entry("SEIZED_PROPERTY_KEPT_TOO_LONG", List.of(new ParameterSpec.Number("graceDays", 0, 365))),
			Map.entry("DECISION_MISSING_FROM_LEDGER", List.of(new ParameterSpec.Number("graceHours", 0, 720))),
			Map.entry("SIGNED_TOO_FAST", List.of(new ParameterSpec.Number("minSeconds", 1, 86400))),
			Map.entry("ONSITE_WITHOUT_BODYCAM", List.of(new ParameterSpec.Number("marginMinutes", 0, 240))));

	private ParameterSpecs() {
	}

	public static List<ParameterSpec> of(String ruleCode) {
		return SPECS.getOrDefault(ruleCode, List.of());
	}
}
