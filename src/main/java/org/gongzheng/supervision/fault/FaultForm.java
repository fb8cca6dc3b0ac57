package org.gongzheng.supervision.fault;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

/** The pages' forms: recording a fault, and deciding for each proposed person. */
public class FaultForm {

	/** The case as typed: its case number or its id. */
	private String caseId;

	private String kind;

	private String description;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate foundOn;

	private long version;

	private List<Person> people = new ArrayList<>();

	public Faults.RecordCommand toCommand(Long resolvedCaseId) {
		return new Faults.RecordCommand(resolvedCaseId, kind, description, foundOn);
	}

	public List<Faults.PersonDecision> decisions() {
		return people.stream().map(p -> new Faults.PersonDecision(p.getResponsibilityId(), p.getResponsible(),
				blankToNull(p.getResponsibilityKind()), blankToNull(p.getOutcome()), p.getNote())).toList();
	}

	static FaultForm of(Fault fault) {
		FaultForm form = new FaultForm();
		form.version = fault.version();
		for (Fault.Responsibility r : fault.people()) {
			Person person = new Person();
			person.setResponsibilityId(r.id());
			person.setResponsible(r.responsible());
			person.setResponsibilityKind(r.responsibilityKind());
			person.setOutcome(r.outcome());
			person.setNote(r.note());
			form.people.add(person);
		}
		return form;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	public static class Person {

		private Long responsibilityId;

		private Boolean responsible;

		private String responsibilityKind;

		private String outcome;

		private String note;

		public Long getResponsibilityId() {
			return responsibilityId;
		}

		public void setResponsibilityId(Long responsibilityId) {
			this.responsibilityId = responsibilityId;
		}

		public Boolean getResponsible() {
			return responsible;
		}

		public void setResponsible(Boolean responsible) {
			this.responsible = responsible;
		}

		public String getResponsibilityKind() {
			return responsibilityKind;
		}

		public void setResponsibilityKind(String responsibilityKind) {
			this.responsibilityKind = responsibilityKind;
		}

		public String getOutcome() {
			return outcome;
		}

		public void setOutcome(String outcome) {
			this.outcome = outcome;
		}

		public String getNote() {
			return note;
		}

		public void setNote(String note) {
			this.note = note;
		}
	}

	public String getCaseId() {
		return caseId;
	}

	public void setCaseId(String caseId) {
		this.caseId = caseId;
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public LocalDate getFoundOn() {
		return foundOn;
	}

	public void setFoundOn(LocalDate foundOn) {
		this.foundOn = foundOn;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public List<Person> getPeople() {
		return people;
	}

	public void setPeople(List<Person> people) {
		this.people = people;
	}
}
