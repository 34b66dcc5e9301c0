package net.utilitynet.app.config;

/** The colour themes: light is the base stylesheet, dark an overlay that redefines its colour tokens. */
public enum Theme { LIGHT, DARK }
