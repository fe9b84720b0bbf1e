/**
 * The machine-translation score of a body text, from surface features.
 */
package org.dossier.extract.translation;
