package app.tandem.practice;

/** The give-and-receive map, side by side: my side and my partner's. */
public record BringsMap(WhatEachBrings mine, WhatEachBrings partners) {}
