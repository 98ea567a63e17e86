/** HTTP adapter for the code lists and the rule sets as loaded: /api/v1/referencedata. */
package dk.samtaleregister.regler.web;
