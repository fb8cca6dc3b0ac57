package org.gongzheng.shared.web;

/**
 * The fields a form with a file field sends back when it came back with errors and its file was
 * kept ({@link KeptUploads}): the kept file's token, and whether the officer declined it.
 */
public abstract class KeptFileForm {

	private String keptFile;

	private boolean dropKeptFile;

	public String getKeptFile() {
		return keptFile;
	}

	public void setKeptFile(String keptFile) {
		this.keptFile = keptFile;
	}

	public boolean isDropKeptFile() {
		return dropKeptFile;
	}

	public void setDropKeptFile(boolean dropKeptFile) {
		this.dropKeptFile = dropKeptFile;
	}
}
