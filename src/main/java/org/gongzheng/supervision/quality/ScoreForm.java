package org.gongzheng.supervision.quality;

import java.util.LinkedHashMap;
import java.util.Map;

/** The scoring page's form: one awarded value and one note per checklist item code. */
public class ScoreForm {

	private long version;

	private String summary;

	private Map<String, Integer> awarded = new LinkedHashMap<>();

	private Map<String, String> notes = new LinkedHashMap<>();

	public static ScoreForm of(Evaluations.Detail detail) {
		ScoreForm form = new ScoreForm();
		form.version = detail.evaluation().version();
		form.summary = detail.evaluation().summary();
		for (Evaluations.ItemLine line : detail.lines()) {
			form.awarded.put(line.item().code(), line.awarded() == null ? line.item().points() : line.awarded());
			form.notes.put(line.item().code(), line.note());
		}
		return form;
	}

	public Map<String, Scoring.ItemScore> scores() {
		Map<String, Scoring.ItemScore> scores = new LinkedHashMap<>();
		awarded.forEach((code, value) -> scores.put(code, new Scoring.ItemScore(value, notes.get(code))));
		return scores;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public Map<String, Integer> getAwarded() {
		return awarded;
	}

	public void setAwarded(Map<String, Integer> awarded) {
		this.awarded = awarded;
	}

	public Map<String, String> getNotes() {
		return notes;
	}

	public void setNotes(Map<String, String> notes) {
		this.notes = notes;
	}
}
