package timeline

import "image/color"

// Theme holds the colours of a scene.
type Theme struct {
	Background  color.NRGBA
	AxisBand    color.NRGBA // behind the tick labels
	AxisText    color.NRGBA // primary row
	AxisTextDim color.NRGBA // secondary row
	Grid        color.NRGBA // minor grid lines
	GridMajor   color.NRGBA
	Event       color.NRGBA // default item colour
	Text        color.NRGBA // item labels
	TextDim     color.NRGBA // rejected items
	Selection   color.NRGBA
	Hover       color.NRGBA
	Cluster     color.NRGBA
	ClusterText color.NRGBA
	Density     color.NRGBA
	BadgeText   color.NRGBA
	Note        color.NRGBA // annotation glyph
	Focus       color.NRGBA // keyboard focus ring
}

// LightTheme is the default theme.
func LightTheme() *Theme {
	return &Theme{
		Background:  color.NRGBA{0xfb, 0xfb, 0xfa, 0xff},
		AxisBand:    color.NRGBA{0xf0, 0xf0, 0xee, 0xff},
		AxisText:    color.NRGBA{0x22, 0x22, 0x22, 0xff},
		AxisTextDim: color.NRGBA{0x66, 0x66, 0x66, 0xff},
		Grid:        color.NRGBA{0x00, 0x00, 0x00, 0x10},
		GridMajor:   color.NRGBA{0x00, 0x00, 0x00, 0x30},
		Event:       color.NRGBA{0x1f, 0x6f, 0xb5, 0xff},
		Text:        color.NRGBA{0x1b, 0x1b, 0x1b, 0xff},
		TextDim:     color.NRGBA{0x90, 0x90, 0x90, 0xff},
		Selection:   color.NRGBA{0xe0, 0x6c, 0x00, 0xff},
		Hover:       color.NRGBA{0x1f, 0x6f, 0xb5, 0xff},
		Cluster:     color.NRGBA{0x5a, 0x64, 0x78, 0xff},
		ClusterText: color.NRGBA{0xff, 0xff, 0xff, 0xff},
		Density:     color.NRGBA{0x5a, 0x64, 0x78, 0xff},
		BadgeText:   color.NRGBA{0xff, 0xff, 0xff, 0xff},
		Note:        color.NRGBA{0xc2, 0x8a, 0x00, 0xff},
		Focus:       color.NRGBA{0x1f, 0x6f, 0xb5, 0xa0},
	}
}

// DarkTheme suits a dark application theme.
func DarkTheme() *Theme {
	t := LightTheme()
	t.Background = color.NRGBA{0x1e, 0x1f, 0x22, 0xff}
	t.AxisBand = color.NRGBA{0x28, 0x29, 0x2d, 0xff}
	t.AxisText = color.NRGBA{0xee, 0xee, 0xee, 0xff}
	t.AxisTextDim = color.NRGBA{0xa8, 0xa8, 0xa8, 0xff}
	t.Grid = color.NRGBA{0xff, 0xff, 0xff, 0x12}
	t.GridMajor = color.NRGBA{0xff, 0xff, 0xff, 0x30}
	t.Event = color.NRGBA{0x5a, 0xa9, 0xf0, 0xff}
	t.Text = color.NRGBA{0xee, 0xee, 0xee, 0xff}
	t.TextDim = color.NRGBA{0x80, 0x80, 0x80, 0xff}
	t.Hover = t.Event
	t.Cluster = color.NRGBA{0x8a, 0x94, 0xaa, 0xff}
	t.ClusterText = color.NRGBA{0x10, 0x10, 0x10, 0xff}
	t.Density = t.Cluster
	t.BadgeText = color.NRGBA{0x10, 0x10, 0x10, 0xff}
	t.Note = color.NRGBA{0xf0, 0xb4, 0x29, 0xff}
	t.Focus = color.NRGBA{0x5a, 0xa9, 0xf0, 0xb0}
	return t
}

func nrgba(c color.Color) color.NRGBA {
	if n, ok := c.(color.NRGBA); ok {
		return n
	}
	return color.NRGBAModel.Convert(c).(color.NRGBA)
}

func withAlpha(c color.NRGBA, a uint8) color.NRGBA {
	c.A = uint8(uint16(c.A) * uint16(a) / 255)
	return c
}

// over composes c over the opaque colour bg.
func over(c, bg color.NRGBA) color.NRGBA {
	a := uint32(c.A)
	mix := func(f, b uint8) uint8 { return uint8((uint32(f)*a + uint32(b)*(255-a) + 127) / 255) }
	return color.NRGBA{mix(c.R, bg.R), mix(c.G, bg.G), mix(c.B, bg.B), 0xff}
}
