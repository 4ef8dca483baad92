package com.onering;

public final class Main {
    public static void main(String[] args) {
    }
}
