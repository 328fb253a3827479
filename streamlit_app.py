"""Cluster Trends Assistant — the Streamlit UI: `streamlit run streamlit_app.py` (or `make run`).

A thin script: the page is drawn by ``ui.app.main`` from helpers that the tests reach without a browser.
"""

import streamlit as st

from ui.app import main

st.set_page_config(page_title="Cluster Trends Assistant", page_icon="🧭", layout="wide")
main()
