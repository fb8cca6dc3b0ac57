package org.gongzheng.organization.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import org.gongzheng.organization.CalendarDay;
import org.gongzheng.organization.internal.CalendarDayCommand;

/** The page's form for listing a day in the working calendar. */
public class CalendarDayForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate day;

	private CalendarDay.Kind kind = CalendarDay.Kind.HOLIDAY;

	private String nameZh;

	private String nameEn;

	private String citation;

	private String citationEn;

	CalendarDayCommand toCommand() {
		return new CalendarDayCommand(day, kind, nameZh, nameEn, citation, citationEn);
	}

	public LocalDate getDay() {
		return day;
	}

	public void setDay(LocalDate day) {
		this.day = day;
	}

	public CalendarDay.Kind getKind() {
		return kind;
	}

	public void setKind(CalendarDay.Kind kind) {
		this.kind = kind;
	}

	public String getNameZh() {
		return nameZh;
	}

	public void setNameZh(String nameZh) {
		this.nameZh = nameZh;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getCitation() {
		return citation;
	}

	public void setCitation(String citation) {
		this.citation = citation;
	}

	public String getCitationEn() {
		return citationEn;
	}

	public void setCitationEn(String citationEn) {
		this.citationEn = citationEn;
	}
}
