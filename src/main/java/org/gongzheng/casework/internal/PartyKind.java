package org.gongzheng.casework.internal;

public enum PartyKind {
	PERSON, ORGANIZATION
}
