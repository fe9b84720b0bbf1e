package org.dossier.extract;
class DevHook { static String body(String html) throws Exception { try { return new DefaultExtractor().extract(new org.dossier.model.RawPage("x","x",org.dossier.model.RawPage.Kind.HTML, html)).text(); } catch (ExtractionException e) { return ""; } } }
